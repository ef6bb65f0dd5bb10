import { defineElement } from '../internal/define-element.js';
import './onestop-rich-text.js';
import { OnestopGuide } from '../components/guide/guide.js';

defineElement('onestop-guide', OnestopGuide);

declare global {
  interface HTMLElementTagNameMap {
    'onestop-guide': OnestopGuide;
  }
}
