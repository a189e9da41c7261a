// Finds the message keys source code uses, so a test can fail on a key no message file has:
// t("key") where t = getTranslations("ns") or useTranslations("ns") (also from Promise.all),
// t.rich / t.markup / t.raw, a template key's fixed start (t(`status.${s}`) needs "ns.status."),
// the key of a UserError and zod's { error: "validation.x" } / { message: "validation.x" }.
// Keys built entirely at run time (t(item.key), a namespace from a prop) cannot be read from the source.
import ts from "typescript";

export type KeyUse = { file: string; line: number; key: string; prefix: boolean };

const TRANSLATOR_FACTORIES = new Set(["getTranslations", "useTranslations"]);
const KEY_SHAPE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

function unwrapAwait(node: ts.Expression): ts.Expression {
  return ts.isAwaitExpression(node) ? node.expression : node;
}

/** The namespace a translator is made for ("" for the root), or undefined if not a translator or not literal. */
function namespaceOf(node: ts.Expression): string | undefined {
  const call = unwrapAwait(node);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !TRANSLATOR_FACTORIES.has(call.expression.text)) return undefined;
  const [arg] = call.arguments;
  if (!arg) return "";
  if (ts.isStringLiteralLike(arg)) return arg.text;
  if (ts.isObjectLiteralExpression(arg)) {
    const ns = arg.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === "namespace");
    if (ns && ts.isStringLiteralLike(ns.initializer)) return ns.initializer.text;
    if (!ns) return "";
  }
  return undefined;
}

const join = (ns: string, key: string) => (ns ? `${ns}.${key}` : key);

export function messageKeysUsed(file: string, source: string): KeyUse[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: KeyUse[] = [];
  const scopes: Map<string, string>[] = [new Map()];
  const lookup = (name: string) => {
    for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].has(name)) return scopes[i].get(name);
    return undefined;
  };
  const record = (node: ts.Node, key: string, prefix = false) => uses.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, key, prefix });

  function declare(decl: ts.VariableDeclaration) {
    if (!decl.initializer) return;
    if (ts.isIdentifier(decl.name)) {
      const ns = namespaceOf(decl.initializer);
      if (ns !== undefined) scopes[scopes.length - 1].set(decl.name.text, ns);
      return;
    }
    // const [t, tc, f] = await Promise.all([getTranslations("a"), getTranslations("b"), getDayFormat()])
    const init = unwrapAwait(decl.initializer);
    if (!ts.isArrayBindingPattern(decl.name) || !ts.isCallExpression(init) || init.expression.getText() !== "Promise.all") return;
    const [list] = init.arguments;
    if (!list || !ts.isArrayLiteralExpression(list)) return;
    decl.name.elements.forEach((element, i) => {
      const item = list.elements[i];
      if (!ts.isBindingElement(element) || !ts.isIdentifier(element.name) || !item) return;
      const ns = namespaceOf(item);
      if (ns !== undefined) scopes[scopes.length - 1].set(element.name.text, ns);
    });
  }

  function keyArgument(call: ts.CallExpression, ns: string) {
    const [arg] = call.arguments;
    if (!arg) return;
    if (ts.isStringLiteralLike(arg)) record(arg, join(ns, arg.text));
    else if (ts.isTemplateExpression(arg) && arg.head.text) record(arg, join(ns, arg.head.text), true);
  }

  function visit(node: ts.Node) {
    const opensScope = ts.isBlock(node) || ts.isFunctionLike(node) || ts.isSourceFile(node);
    if (opensScope) scopes.push(new Map());
    if (ts.isVariableDeclaration(node)) declare(node);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee)) {
        const ns = lookup(callee.text);
        if (ns !== undefined) keyArgument(node, ns);
      } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && ["rich", "markup", "raw"].includes(callee.name.text)) {
        const ns = lookup(callee.expression.text);
        if (ns !== undefined) keyArgument(node, ns);
      }
    }
    if (ts.isNewExpression(node) && node.expression.getText() === "UserError") {
      const [arg] = node.arguments ?? [];
      if (arg && ts.isStringLiteralLike(arg)) record(arg, arg.text);
    }
    if (ts.isPropertyAssignment(node) && ["error", "message"].includes(node.name.getText()) && ts.isStringLiteralLike(node.initializer) && KEY_SHAPE.test(node.initializer.text)) {
      record(node.initializer, node.initializer.text);
    }
    ts.forEachChild(node, visit);
    if (opensScope) scopes.pop();
  }
  visit(sf);
  return uses;
}

/** The uses whose key (or, for a template, whose fixed start) is in none of `keys`. */
export function missingKeys(uses: KeyUse[], keys: Set<string>): KeyUse[] {
  const all = [...keys];
  return uses.filter((u) => (u.prefix ? !all.some((k) => k.startsWith(u.key)) : !keys.has(u.key)));
}
