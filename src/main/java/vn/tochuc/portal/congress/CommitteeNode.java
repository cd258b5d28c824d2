package vn.tochuc.portal.congress;

/** A committee in the tree, with how deep it sits (0 for the province). */
public record CommitteeNode(PartyCommittee committee, int depth) {

}
