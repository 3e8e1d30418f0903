package dev.northstar.discovery;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns note text into 384-dimensional unit vectors with the quantized all-MiniLM-L6-v2 model,
 * in process and offline. The model is loaded on first use (about a second) and then shared.
 */
@Component
class SentenceEncoder {

    static final String MODEL = "all-minilm-l6-v2-q";
    static final int DIMENSION = 384;
    /** The model reads at most a few hundred word pieces at a time; beyond this the cost grows and the meaning barely moves. */
    static final int MAX_CHARS = 4000;

    private static final Logger log = LoggerFactory.getLogger(SentenceEncoder.class);

    private volatile EmbeddingModel model;

    /** Unit vectors for the texts, in their order. */
    float[][] encode(List<String> texts) {
        List<TextSegment> segments =
                texts.stream().map(t -> TextSegment.from(prepare(t))).toList();
        List<Embedding> out = model().embedAll(segments).content();
        float[][] vectors = new float[out.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = Vectors.normalize(out.get(i).vector());
        }
        return vectors;
    }

    /** What the model is given for a note's text; the stored hash is of this, so a change in it re-embeds. */
    static String prepare(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((MODEL + "\n" + prepare(text)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    long start = System.nanoTime();
                    // run on the calling (background) thread: no extra pool competing with requests for the cores
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                    log.info("Loaded sentence model {} in {} ms", MODEL, (System.nanoTime() - start) / 1_000_000);
                }
                m = model;
            }
        }
        return m;
    }
}
