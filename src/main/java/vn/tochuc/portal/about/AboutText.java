package vn.tochuc.portal.about;

/** A text page's content as the admin typed it; the bodies are rich text, sanitized when saved. */
public record AboutText(String titleVi, String titleEn, String bodyVi, String bodyEn, int position) {

}
