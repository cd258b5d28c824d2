package vn.tochuc.portal.search;

/** A piece of a title or passage, marked when it is one of the words the reader looked for. */
public record TextSegment(String text, boolean mark) {

}
