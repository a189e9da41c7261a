// What a browser form needs to know about attachments: the limits it states and the types its picker offers.
export { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./rules";
