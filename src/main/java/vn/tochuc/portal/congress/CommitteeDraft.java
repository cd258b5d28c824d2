package vn.tochuc.portal.congress;

/** What staff type for a Party committee. */
public record CommitteeDraft(String name, CommitteeLevel level, Long parentId, Long staffingUnitId, int position) {

	public CommitteeDraft {
		name = name == null ? null : name.strip();
	}

	static CommitteeDraft of(PartyCommittee committee) {
		return new CommitteeDraft(committee.getName(), committee.getLevel(), committee.getParentId(),
				committee.getStaffingUnitId(), committee.getPosition());
	}

}
