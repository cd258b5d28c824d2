package vn.tochuc.portal.about;

import java.util.List;

/** A unit of the organisation chart with the units under it. */
public record UnitNode(AboutUnit unit, List<UnitNode> children) {

}
