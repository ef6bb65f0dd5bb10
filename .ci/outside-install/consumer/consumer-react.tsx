// React consumer: the wrappers' props are the element's typed properties.
import type { RichText } from '@onestop/core';
import { OnestopRichText } from '@onestop/elements/react';

const text: RichText = [{ t: 'p', c: [{ t: 'text', v: 'Lệ phí' }] }];

export const ok = <OnestopRichText content={text} inline />;
// @ts-expect-error content takes rich text, not a string
export const wrong = <OnestopRichText content="Lệ phí" />;

import { OnestopSearch } from '@onestop/elements/react';
// Event callbacks receive the element's typed events.
export const search = <OnestopSearch onSelect={(event) => console.log(event.detail.id, event.detail.kind)} />;
// @ts-expect-error onSelect's detail has no total
export const badSearch = <OnestopSearch onSelect={(event) => event.detail.total} />;
