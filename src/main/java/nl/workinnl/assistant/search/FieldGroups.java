package nl.workinnl.assistant.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The exact search's query: a disjunction of boosted groups, one per field, each a disjunction of
 * terms the field has (a background word's term boosted down). {@link PostingsTable} scores it
 * directly; {@link #toLucene} is the same query as Lucene's {@link BooleanQuery}, which scores it
 * alike, where the direct scoring cannot promise the same scores to the bit.
 */
final class FieldGroups {

    /** A term of a group, its postings already looked up, and its own boost (1, or a background word's). */
    record Member(String term, PostingsTable.TermPostings postings, float boost) {}

    /** The terms of one field, boosted together. */
    record Group(String field, float boost, List<Member> members) {}

    private final List<Group> groups = new ArrayList<>();

    /** A new, empty group of the field's terms. */
    Group group(String field, float boost) {
        Group group = new Group(field, boost, new ArrayList<>());
        groups.add(group);
        return group;
    }

    List<Group> groups() {
        return groups;
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The query as Lucene's classes: one boosted disjunction per group, a background term boosted within it. */
    Query toLucene(MeasureIndex index) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Group group : groups) {
            BooleanQuery.Builder clause = new BooleanQuery.Builder();
            for (Member m : group.members()) {
                Query term = index.knownTermQuery(group.field(), m.term());
                clause.add(m.boost() == 1f ? term : new BoostQuery(term, m.boost()), BooleanClause.Occur.SHOULD);
            }
            query.add(new BoostQuery(clause.build(), group.boost()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
