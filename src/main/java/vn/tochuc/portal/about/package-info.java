/**
 * "Giới thiệu": the department's own pages that Nghị định 42/2022/NĐ-CP requires of state
 * portals — functions and duties, history and other text pages, the organisation chart, the
 * leadership, the address and the named contact officer — managed by the administrator at
 * /admin/about. Each text is kept in Vietnamese and, optionally, English; English readers see
 * the English text where there is one and the Vietnamese otherwise.
 */
package vn.tochuc.portal.about;
