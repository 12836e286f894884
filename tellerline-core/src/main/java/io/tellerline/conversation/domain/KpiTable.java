package io.tellerline.conversation.domain;

import java.util.List;
import java.util.Optional;

/** The KPIs of each group and of the whole period (empty when no conversation started in it). */
public record KpiTable(List<KpiFigures> groups, Optional<KpiFigures> total) {

  public KpiTable {
    groups = List.copyOf(groups);
  }
}
