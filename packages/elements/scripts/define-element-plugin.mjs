// Custom-elements-manifest plugin: elements register through our guarded defineElement(tag, Class)
// in src/define/, which the analyzer does not know; read those calls so the tag is written once.
import { posix } from 'node:path';

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function defineElementPlugin() {
  const definitions = [];
  return {
    name: 'onestop-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag)) return;
      const className = element.getText();
      const module = importedFrom(ts, node.getSourceFile(), className, moduleDoc.path) ?? moduleDoc.path;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } });
      definitions.push({ tagName: tag.text, className, module });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tagName, className, module } of definitions) {
        const declaration = customElementsManifest.modules
          .find((m) => m.path === module)
          ?.declarations?.find((d) => d.name === className);
        if (declaration) declaration.tagName = tagName;
      }
    },
  };
}

/** The source module a name is imported from, as a path like the manifest's own (src/…/x.ts). */
function importedFrom(ts, sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((e) => e.name.text === name)) continue;
    const spec = statement.moduleSpecifier.text;
    if (!spec.startsWith('.')) return undefined;
    return posix.join(posix.dirname(modulePath), spec).replace(/\.js$/, '.ts');
  }
  return undefined;
}
