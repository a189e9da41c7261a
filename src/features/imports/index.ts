// What other areas use of imports: the CSV field rule (exports write what imports read).
export { csvField } from "./csv";
