package se.stjarnbild.dialogue.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/** How a {@link SearchDocument} is laid out in the Lucene index. */
final class IndexFields {

    /** Kind and id together, the identity used to replace and remove. */
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String DISTRICT = "district";
    static final String TITLE = "title";
    static final String TEXT = "text";

    private IndexFields() {
    }

    static Term keyOf(SearchKind kind, long id) {
        return new Term(KEY, kind.name() + ':' + id);
    }

    static Term kindOf(SearchKind kind) {
        return new Term(KIND, kind.name());
    }

    static Term districtOf(long districtId) {
        return new Term(DISTRICT, Long.toString(districtId));
    }

    /** Title and text are stored as well as indexed, because hits are highlighted from them. */
    static Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(KEY, keyOf(source.kind(), source.id()).text(), Field.Store.NO));
        document.add(new StringField(KIND, source.kind().name(), Field.Store.YES));
        document.add(new StoredField(ID, source.id()));
        if (source.districtId() != null) {
            document.add(new StringField(DISTRICT, Long.toString(source.districtId()), Field.Store.NO));
        }
        if (source.title() != null) {
            document.add(new TextField(TITLE, source.title(), Field.Store.YES));
        }
        document.add(new TextField(TEXT, source.text(), Field.Store.YES));
        return document;
    }
}
