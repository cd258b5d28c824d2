package vn.tochuc.portal.congress;

/** The level a Party committee holds its congress at (cấp tỉnh, cấp trên cơ sở, cấp cơ sở). */
public enum CommitteeLevel {

	/** The provincial Party organisation itself (Đảng bộ tỉnh). */
	PROVINCE,
	/** Districts, towns, cities and the committees directly under the province (cấp trên cơ sở). */
	ABOVE_GRASSROOTS,
	/** Communes, wards, agencies and enterprises (cấp cơ sở). */
	GRASSROOTS

}
