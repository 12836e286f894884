package io.tellerline.staffassist.infrastructure;

import io.tellerline.conversation.domain.Author;
import io.tellerline.conversation.domain.Message;
import io.tellerline.staffassist.domain.ReplyTemplate;
import io.tellerline.staffassist.domain.StaffReplies;
import io.tellerline.staffassist.domain.StaffReplyExample;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Staff replies with the customer message before each, through JPA (V32's partial index on staff
 * messages keeps the "sent after" query cheap).
 */
@ApplicationScoped
public class JpaStaffReplies implements StaffReplies {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<StaffReplyExample> sentAfter(Instant since, int limit) {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select r, c, r.conversation.language from Message r, Message c"
                    + " where r.author = :staff and r.createdAt > :since"
                    + " and c.conversation = r.conversation and c.author = :customer"
                    + " and c.sequence = (select max(p.sequence) from Message p"
                    + "   where p.conversation = r.conversation and p.author = :customer"
                    + "   and p.sequence < r.sequence)"
                    + " order by r.createdAt asc",
                Object[].class)
            .setParameter("staff", Author.STAFF)
            .setParameter("customer", Author.CUSTOMER)
            .setParameter("since", since)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Message reply = (Message) row[0];
              Message asked = (Message) row[1];
              return new StaffReplyExample(
                  reply.id(),
                  (String) row[2],
                  ReplyTemplate.of(reply.body(), reply.piiMarks()),
                  asked.maskedBody(),
                  reply.createdAt());
            })
        .toList();
  }

  @Override
  public Set<UUID> stillStored(Collection<UUID> replyIds) {
    Set<UUID> stored = new HashSet<>();
    List<UUID> all = List.copyOf(replyIds);
    for (int from = 0; from < all.size(); from += 1000) {
      stored.addAll(
          entityManager
              .createQuery("select m.id from Message m where m.id in :ids", UUID.class)
              .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000)))
              .getResultList());
    }
    return stored;
  }
}
