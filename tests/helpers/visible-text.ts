// Finds text a component shows that is not a message: JSX text, and string literals given to a
// visible prop (in JSX or as an object's property) or placed in JSX, that contain a letter or a Chinese character. Text inside a t(…)
// call is a key, not text, and is not reported.
import ts from "typescript";

/** Props whose value the reader sees or hears. */
const VISIBLE_PROPS = new Set(["title", "placeholder", "aria-label", "alt", "label", "description", "hint", "caption", "summary", "emptyText"]);
const WORDS = /[A-Za-z\u3400-\u9fff]/;

export type VisibleText = { file: string; line: number; text: string };

export function visibleTextIn(file: string, source: string): VisibleText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: VisibleText[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (WORDS.test(trimmed)) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: trimmed });
  };
  const literalsOf = (expr: ts.Expression | undefined): ts.Node[] => {
    if (!expr) return [];
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
    if (ts.isTemplateExpression(expr)) return [expr.head, ...expr.templateSpans.map((s) => s.literal)];
    if (ts.isConditionalExpression(expr)) return [...literalsOf(expr.whenTrue), ...literalsOf(expr.whenFalse)];
    if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(expr.operatorToken.kind)) {
      return [...literalsOf(expr.left), ...literalsOf(expr.right)];
    }
    if (ts.isParenthesizedExpression(expr)) return literalsOf(expr.expression);
    return [];
  };
  const textOf = (node: ts.Node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : (node as ts.TemplateLiteralLikeNode).text);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(sf)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer)) for (const lit of literalsOf(node.initializer.expression)) report(lit, textOf(lit));
    } else if (ts.isPropertyAssignment(node) && VISIBLE_PROPS.has(node.name.getText(sf).replace(/"/g, ""))) {
      // { label: "…" } handed to a picker or a chart.
      for (const lit of literalsOf(node.initializer)) report(lit, textOf(lit));
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const lit of literalsOf(node.expression)) report(lit, textOf(lit));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
