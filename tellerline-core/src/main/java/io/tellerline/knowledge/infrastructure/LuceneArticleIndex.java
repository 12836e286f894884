package io.tellerline.knowledge.infrastructure;

import io.tellerline.knowledge.domain.Article;
import io.tellerline.knowledge.domain.ArticleIndex;
import io.tellerline.knowledge.domain.Articles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An in-memory Lucene index per language (English and German stemming and stop words) over the
 * published articles. It is rebuilt when the database's publication stamp changes, so every
 * application instance of a cluster answers from what is published, within one question.
 */
@ApplicationScoped
public class LuceneArticleIndex implements ArticleIndex {

  private static final String TEXT = "text";
  private static final String INTENT = "intent";
  private static final String ID = "id";

  @Inject Articles articles;

  private volatile Snapshot snapshot = new Snapshot("", Map.of(), Map.of());

  private record Snapshot(
      String stamp, Map<String, IndexSearcher> searchers, Map<String, Article> byId) {}

  @Override
  public Optional<Article> bestMatch(String language, String question, String intent) {
    return matches(language, question, intent, 1).stream().findFirst();
  }

  @Override
  public List<Article> matches(String language, String question, String intent, int limit) {
    Snapshot current = fresh();
    IndexSearcher searcher = current.searchers().get(language);
    if (searcher == null) {
      return List.of();
    }
    Query words =
        atLeastTwoWords(new QueryBuilder(analyzer(language)).createBooleanQuery(TEXT, question));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (words != null) {
      query.add(words, Occur.SHOULD);
    }
    if (intent != null) {
      query.add(new BoostQuery(new TermQuery(new Term(INTENT, intent)), 3f), Occur.SHOULD);
    }
    try {
      TopDocs top = searcher.search(query.build(), limit);
      List<Article> found = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        found.add(current.byId().get(searcher.storedFields().document(hit.doc).get(ID)));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An article matches on words only when it shares at least two of the question's words (after
   * stemming and stop words) or its only one: one common word ("account") is not relevance.
   */
  private static Query atLeastTwoWords(Query words) {
    if (!(words instanceof BooleanQuery terms) || terms.clauses().size() < 2) {
      return words;
    }
    BooleanQuery.Builder required = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
    terms.clauses().forEach(required::add);
    return required.build();
  }

  private Snapshot fresh() {
    String stamp = articles.publicationStamp();
    Snapshot current = snapshot;
    if (current.stamp().equals(stamp)) {
      return current;
    }
    synchronized (this) {
      if (!snapshot.stamp().equals(stamp)) {
        snapshot = build(stamp, articles.published());
      }
      return snapshot;
    }
  }

  private static Snapshot build(String stamp, List<Article> published) {
    Map<String, IndexSearcher> searchers = new HashMap<>();
    Map<String, Article> byId = new HashMap<>();
    for (String language : Article.LANGUAGES) {
      List<Article> ofLanguage =
          published.stream().filter(a -> a.language().equals(language)).toList();
      searchers.put(language, index(language, ofLanguage));
      ofLanguage.forEach(a -> byId.put(a.id().toString(), a));
    }
    return new Snapshot(stamp, Map.copyOf(searchers), Map.copyOf(byId));
  }

  private static IndexSearcher index(String language, List<Article> ofLanguage) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(analyzer(language)))) {
      for (Article article : ofLanguage) {
        Document document = new Document();
        document.add(new StringField(ID, article.id().toString(), Field.Store.YES));
        document.add(new TextField(TEXT, article.title() + "\n" + article.body(), Field.Store.NO));
        article.intent().ifPresent(i -> document.add(new StringField(INTENT, i, Field.Store.NO)));
        writer.addDocument(document);
      }
      writer.commit();
      return new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Analyzers are thread-safe and reusable: one per language. */
  private static final Map<String, Analyzer> ANALYZERS =
      Map.of("en", new EnglishAnalyzer(), "de", new GermanAnalyzer());

  private static Analyzer analyzer(String language) {
    return ANALYZERS.get(language);
  }
}
