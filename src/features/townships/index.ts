// What other areas use of townships: the choices of a township filter or field.
export { townshipOptions } from "./queries";
