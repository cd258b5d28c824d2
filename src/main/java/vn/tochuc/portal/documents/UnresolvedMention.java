package vn.tochuc.portal.documents;

/** A document named in articles or meetings that no record answers (yet), with how often it is named. */
public interface UnresolvedMention {

	String getKey();

	String getLabel();

	long getMentions();

	int getCandidates();

}
