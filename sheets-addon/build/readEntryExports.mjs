/**
 * Lists the functions a TypeScript entry file exports, through every `export *` and
 * `export { x } from` chain, with the real parameter names and the JSDoc block written
 * above each declaration.
 *
 * Apps Script only sees top-level `function` declarations: menu items, triggers,
 * `google.script.run` targets and custom functions must all be one. Sheets builds the
 * formula autocomplete from the JSDoc of that declaration (`@customfunction`, `@param`)
 * and shows a function without parameters when the declaration has none, so the stub
 * the build writes needs both, taken from the source rather than from the bundle
 * (esbuild drops ordinary comments).
 */
import ts from 'typescript';

/**
 * @typedef {object} ExportedFunction
 * @property {string} name       exported name (the global the stub declares)
 * @property {string[]} params   parameter names in order; a rest parameter is written `...name`
 * @property {string | null} jsDoc  the `/** ... *\/` block above the declaration, verbatim, or null
 * @property {string} file       source file of the declaration, for messages
 */

/**
 * @param {string} entryFile absolute path of the entry (Code.ts)
 * @returns {{ functions: ExportedFunction[], others: string[] }} exported functions in source order,
 *   and the names of exports that are not callable (reported by the plugin, never stubbed)
 */
export function readEntryExports(entryFile) {
  const program = ts.createProgram([entryFile], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  if (!source) throw new Error(`Apps Script entry ${entryFile} could not be read`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  // An entry with no import/export is a script, not a module: nothing is exported.
  if (!moduleSymbol) return { functions: [], others: [] };

  const functions = [];
  const others = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration || !(symbol.flags & ts.SymbolFlags.Value)) continue; // types and interfaces
    const callable = callableNode(declaration);
    if (!callable) {
      others.push(exported.name);
      continue;
    }
    functions.push({
      name: exported.name,
      params: callable.parameters.map(parameterName),
      jsDoc: leadingJsDoc(documentedNode(declaration)),
      file: declaration.getSourceFile().fileName,
    });
  }
  return { functions, others };
}

/** The function-like node behind a declaration: `function f()`, or `const f = () => …` / `function () {…}`. */
function callableNode(declaration) {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = skipWrappers(declaration.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return null;
}

function skipWrappers(node) {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) {
    current = current.expression;
  }
  return current;
}

/** Destructured parameters have no name a user could read; they get their position instead. */
function parameterName(parameter, index) {
  const base = ts.isIdentifier(parameter.name) ? parameter.name.text : `arg${index + 1}`;
  return parameter.dotDotDotToken ? `...${base}` : base;
}

/** JSDoc of `export const f = …` sits above the whole statement, not the declarator. */
function documentedNode(declaration) {
  if (ts.isVariableDeclaration(declaration)) {
    const statement = declaration.parent?.parent;
    if (statement && ts.isVariableStatement(statement)) return statement;
  }
  return declaration;
}

/** The last `/** … *\/` comment directly above the node (the one tools treat as its JSDoc). */
function leadingJsDoc(node) {
  const file = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, node.getFullStart()) ?? [];
  const docs = ranges
    .filter((r) => r.kind === ts.SyntaxKind.MultiLineCommentTrivia)
    .map((r) => file.text.slice(r.pos, r.end))
    .filter((text) => text.startsWith('/**') && !text.startsWith('/***'));
  return docs.length > 0 ? normaliseIndent(docs[docs.length - 1]) : null;
}

/** Re-indents continuation lines to ` * ` so the block reads well at the top level of Code.js. */
function normaliseIndent(block) {
  return block
    .split('\n')
    .map((line, i) => (i === 0 ? line.trim() : ' ' + line.trim()))
    .join('\n');
}
