// With the script-tag bundle, the elements are defined by the <script> the page pasted; content is data.
await customElements.whenDefined('onestop-rich-text');
document.querySelector('onestop-rich-text').content = [{ t: 'p', c: [{ t: 'text', v: 'Từ CDN' }] }];
