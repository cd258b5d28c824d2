package vn.tochuc.portal.documents;

/**
 * A file sent with the document form. The service stores it inside the transaction that saves
 * the record, so a save that is refused or fails keeps neither the file nor its library row.
 */
public record AttachmentUpload(byte[] content, String originalName, Long uploadedBy) {

}
