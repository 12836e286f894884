package io.tellerline.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.kernel.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The need-to-know matrix, cell by cell: role × resource × relation → decision. The expected table
 * is written out here (the same table as compliance-docs/need-to-know-and-four-eyes.md), not
 * computed, so that a change of the rule has to change this table and the document with it.
 */
class StaffAccessPolicyTest {

  private static final String A = "ALLOW";
  private static final String R = "ALLOW_WITH_REASON";
  private static final String D = "DENY";

  /** Rows: resource; columns: ASSIGNED, IN_QUEUE, NONE. */
  private static final String[][] TELLER = {
    {"CONVERSATION_VIEW", A, A, R},
    {"CONVERSATION_SERVE", A, A, D},
    {"PII_REVEAL", A, D, D},
    {"CUSTOMER_VIEW", A, R, R},
    {"SEARCH_BY_VALUE", R, R, R},
    {"ALL_CONVERSATIONS", D, D, D},
  };

  private static final String[][] SUPERVISOR = {
    {"CONVERSATION_VIEW", A, A, A},
    {"CONVERSATION_SERVE", A, A, A},
    {"PII_REVEAL", A, A, A},
    {"CUSTOMER_VIEW", A, A, A},
    {"SEARCH_BY_VALUE", A, A, A},
    {"ALL_CONVERSATIONS", A, A, A},
  };

  private static final String[][] NOBODY = {
    {"CONVERSATION_VIEW", D, D, D},
    {"CONVERSATION_SERVE", D, D, D},
    {"PII_REVEAL", D, D, D},
    {"CUSTOMER_VIEW", D, D, D},
    {"SEARCH_BY_VALUE", D, D, D},
    {"ALL_CONVERSATIONS", D, D, D},
  };

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    add(cells, Set.of(Role.TELLER), TELLER);
    add(cells, Set.of(Role.SUPERVISOR), SUPERVISOR);
    add(cells, Set.of(Role.TELLER, Role.SUPERVISOR), SUPERVISOR);
    add(cells, Set.of(Role.COMPLIANCE_OFFICER), NOBODY);
    add(cells, Set.of(Role.ADMIN), NOBODY);
    add(cells, Set.of(Role.CUSTOMER), NOBODY);
    add(cells, Set.of(), NOBODY);
    add(cells, Set.of(Role.COMPLIANCE_OFFICER, Role.TELLER), TELLER);
    return cells.stream();
  }

  private static void add(List<Arguments> cells, Set<String> roles, String[][] table) {
    assertEquals(StaffResource.values().length, table.length, "every resource has a row");
    for (String[] row : table) {
      for (StaffRelation relation : StaffRelation.values()) {
        cells.add(
            Arguments.of(
                roles, StaffResource.valueOf(row[0]), relation, row[1 + relation.ordinal()]));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("matrix")
  void decidesEveryCellOfTheMatrix(
      Set<String> roles, StaffResource resource, StaffRelation relation, String expected) {
    assertEquals(expected, StaffAccessPolicy.decide(roles, resource, relation).name());
  }
}
