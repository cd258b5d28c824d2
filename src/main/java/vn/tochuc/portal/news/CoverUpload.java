package vn.tochuc.portal.news;

/** A cover image uploaded with the article form; stored in the same transaction as the article. */
public record CoverUpload(byte[] content, String originalName) {

}
