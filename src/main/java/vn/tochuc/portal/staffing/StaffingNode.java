package vn.tochuc.portal.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A unit in the tree with its derived figures for one period: a leaf's own figures, or the sum
 * of its children's (a parent never has figures of its own).
 */
public record StaffingNode(StaffingUnit unit, int depth, List<StaffingNode> children, StaffingTotals totals,
		boolean hasFigures) {

	public boolean isLeaf() {
		return children.isEmpty();
	}

	/** This node and everything under it, depth first, in tree order. */
	public Stream<StaffingNode> flatten() {
		return Stream.concat(Stream.of(this), children.stream().flatMap(StaffingNode::flatten));
	}

	public List<StaffingNode> leaves() {
		return flatten().filter(StaffingNode::isLeaf).toList();
	}

	public Optional<StaffingNode> find(String slug) {
		return flatten().filter((node) -> node.unit().getSlug().equals(slug)).findFirst();
	}

	/** The units from the root down to (not including) the given one. */
	public List<StaffingUnit> pathTo(String slug) {
		List<StaffingUnit> path = new ArrayList<>();
		return collectPath(this, slug, path) ? path : List.of();
	}

	private static boolean collectPath(StaffingNode node, String slug, List<StaffingUnit> path) {
		if (node.unit().getSlug().equals(slug)) {
			return true;
		}
		path.add(node.unit());
		for (StaffingNode child : node.children()) {
			if (collectPath(child, slug, path)) {
				return true;
			}
		}
		path.remove(path.size() - 1);
		return false;
	}

}
