// What other areas use of attachments (server side): checking, storing and removing a record's
// files (an activity's, a pledge's, a rectification's), the form field that carries them, who may
// read them, and how a stored file is recognised.
export { type AttachmentOwner, removeFilesAfterCommit, saveAttachmentChanges, storeUploadedFiles, type WithStoredFiles } from "./attachment-changes";
export { uploadedFiles } from "./uploaded-file";
export { imageWhere, isImage } from "./rules";
export { lightUrl, originalUrl } from "./urls";
export { contentDisposition } from "./content-disposition";

// A stored file's bytes (the bulletins put a photo's light copy into their Word file).
export { readStored } from "./storage";
