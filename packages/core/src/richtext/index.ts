export * from './rich-text.js';
export { compileMarkdown, type MarkdownProblem } from './markdown.js';
