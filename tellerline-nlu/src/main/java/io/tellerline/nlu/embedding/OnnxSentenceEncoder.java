package io.tellerline.nlu.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A quantized BERT-style sentence encoder from LangChain4j's in-process model artifacts (the ONNX
 * file and its tokenizer ship inside the Maven artifact, nothing is downloaded at run time), run
 * with our own ONNX Runtime session and our own single tokenisation.
 *
 * <p>By default a message runs on the calling thread alone (one intra-op thread, no inter-op pool,
 * no spinning worker threads): a chat message is 5–30 tokens, too short for a thread pool to pay
 * off, and with one thread per message concurrent conversations use the cores in parallel instead
 * of competing for them. Whole data sets ({@link #encodeAll}) are encoded on every core, one text
 * per core. A session is loaded once per JVM and model.
 *
 * <p>A text is tokenised once (LangChain4j tokenises it three times: to count the tokens, to check
 * that the tokens give back the text, and to encode it) and cut after {@link #MAX_TOKENS} tokens,
 * the end-of-sequence token kept: a chat message is 5–40 tokens, and a pasted essay costs no more
 * than a long message. Pooling (CLS or mean) and both normalisations are LangChain4j's, in the same
 * order, so a text of up to {@code MAX_TOKENS} tokens gets the same vector bit for bit.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

  /** Longest input, special tokens included; longer texts are cut. */
  public static final int MAX_TOKENS = 128;

  /** The encoders available: model files in LangChain4j's artifacts, and how they pool. */
  public enum Model {
    /** BAAI bge-small-en-v1.5, 12 layers, 384 dimensions, CLS pooling. */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q", Pooling.CLS),
    /** sentence-transformers all-MiniLM-L6-v2, 6 layers, 384 dimensions, mean pooling. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", Pooling.MEAN),
    /**
     * The same 6-layer model, its token vectors pooled twice: the mean (as above) and the
     * per-dimension maximum, each of unit length, side by side (768 dimensions). The maximum keeps
     * a word that stands out ("stolen", "refund") which the mean of a long message dilutes.
     */
    ALL_MINILM_L6_V2_Q_MEAN_MAX(
        "all-minilm-l6-v2-q-mean-max", "all-minilm-l6-v2-q", Pooling.MEAN_AND_MAX);

    private final String id;
    private final String file;
    private final Pooling pooling;

    Model(String id, String file, Pooling pooling) {
      this.id = id;
      this.file = file;
      this.pooling = pooling;
    }

    /** The name the model manifest records. */
    public String id() {
      return id;
    }

    /** By {@link #id()} or by a short name: {@code bge}, {@code minilm}. */
    public static Model named(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      for (Model m : values()) {
        if (m.id.equals(n) || m.id.startsWith(n) || m.name().equalsIgnoreCase(n)) {
          return m;
        }
      }
      if (n.equals("minilm")) {
        return ALL_MINILM_L6_V2_Q;
      }
      if (n.equals("minilm-mean-max")) {
        return ALL_MINILM_L6_V2_Q_MEAN_MAX;
      }
      throw new IllegalArgumentException("unknown encoder " + name);
    }
  }

  /** How a text's token vectors become one vector. */
  enum Pooling {
    /** The first (classification) token's vector. */
    CLS,
    /** The mean over the tokens. */
    MEAN,
    /** The mean and the per-dimension maximum, each normalised, side by side. */
    MEAN_AND_MAX
  }

  /** The encoder the shipped models are trained with. */
  public static final Model SHIPPED = Model.BGE_SMALL_EN_V15_Q;

  private static final ConcurrentHashMap<String, Session> SESSIONS = new ConcurrentHashMap<>();

  private final Model model;
  private final Session session;
  private final int intraOpThreads;

  /** The shipped encoder, one intra-op thread per message: the application's setting. */
  public OnnxSentenceEncoder() {
    this(SHIPPED, 1);
  }

  public OnnxSentenceEncoder(Model model) {
    this(model, 1);
  }

  /**
   * @param intraOpThreads ONNX Runtime threads per message (0: ONNX Runtime's default, one per
   *     physical core, with spinning workers)
   */
  public OnnxSentenceEncoder(Model model, int intraOpThreads) {
    this.model = model;
    this.session =
        SESSIONS.computeIfAbsent(model.id + "/" + intraOpThreads, k -> load(model, intraOpThreads));
    this.intraOpThreads = intraOpThreads;
  }

  public Model model() {
    return model;
  }

  @Override
  public String modelId() {
    return model.id;
  }

  @Override
  public float[] encode(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
    }
    Encoding encoding = session.tokenizer.encode(text, true, false);
    long[] ids = encoding.getIds();
    long[] mask = encoding.getAttentionMask();
    long[] types = encoding.getTypeIds();
    if (ids.length > MAX_TOKENS) {
      ids = cut(ids);
      mask = cut(mask);
      types = cut(types);
    }
    float[][] pooled = run(ids, mask, types);
    float[] first = SentenceEncoder.normalize(langchain4jNormalize(pooled[0]));
    if (pooled.length == 1) {
      return first;
    }
    // Two unit vectors side by side, scaled so that the whole has unit length too: the dot
    // product of two texts is then the mean of the two cosines.
    float[] second = SentenceEncoder.normalize(pooled[1]);
    float half = (float) Math.sqrt(0.5);
    float[] both = new float[first.length + second.length];
    for (int d = 0; d < first.length; d++) {
      both[d] = first[d] * half;
      both[first.length + d] = second[d] * half;
    }
    return both;
  }

  /** The first tokens and the last (end of sequence). */
  private static long[] cut(long[] all) {
    long[] cut = java.util.Arrays.copyOf(all, MAX_TOKENS);
    cut[MAX_TOKENS - 1] = all[all.length - 1];
    return cut;
  }

  /** The pooled vector(s) of the last hidden state: one, or the mean and the maximum. */
  private float[][] run(long[] ids, long[] mask, long[] types) {
    long[] shape = {1, ids.length};
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>(4);
      inputs.put("input_ids", idTensor);
      inputs.put("attention_mask", maskTensor);
      if (session.takesTypeIds) {
        inputs.put("token_type_ids", typeTensor);
      }
      try (OrtSession.Result result = session.session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        int tokens = ids.length;
        int dimensions = hidden.capacity() / tokens;
        float[] pooled = new float[dimensions];
        if (model.pooling == Pooling.CLS) {
          hidden.get(pooled, 0, dimensions);
          return new float[][] {pooled};
        }
        boolean withMax = model.pooling == Pooling.MEAN_AND_MAX;
        float[] max = new float[withMax ? dimensions : 0];
        java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
        float[] row = new float[dimensions];
        for (int t = 0; t < tokens; t++) {
          hidden.get(row, 0, dimensions);
          for (int d = 0; d < dimensions; d++) {
            pooled[d] += row[d];
          }
          for (int d = 0; d < max.length; d++) {
            max[d] = Math.max(max[d], row[d]);
          }
        }
        for (int d = 0; d < dimensions; d++) {
          pooled[d] /= tokens;
        }
        return withMax ? new float[][] {pooled, max} : new float[][] {pooled};
      }
    } catch (OrtException e) {
      throw new IllegalStateException("encoding failed", e);
    }
  }

  /** LangChain4j's own normalisation (float sum), kept so that vectors stay bit-identical. */
  private static float[] langchain4jNormalize(float[] vector) {
    float sum = 0;
    for (float v : vector) {
      sum += v * v;
    }
    float norm = (float) Math.sqrt(sum);
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] / norm;
    }
    return unit;
  }

  /**
   * With one intra-op thread, encodes on every core, one text per core at a time (a text's vector
   * does not depend on which thread computed it); otherwise one text after the other.
   */
  @Override
  public float[][] encodeAll(List<String> texts, IntConsumer progress) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (intraOpThreads != 1 || cores == 1 || texts.size() < 2) {
      return SentenceEncoder.super.encodeAll(texts, progress);
    }
    float[][] vectors = new float[texts.size()][];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      List<Future<?>> workers =
          IntStream.range(0, cores)
              .<Future<?>>mapToObj(
                  w ->
                      pool.submit(
                          () -> {
                            for (int i = next.getAndIncrement();
                                i < texts.size();
                                i = next.getAndIncrement()) {
                              vectors[i] = encode(texts.get(i));
                              int finished = done.incrementAndGet();
                              synchronized (progress) {
                                progress.accept(finished);
                              }
                            }
                          }))
              .toList();
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while encoding", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("encoding failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return vectors;
  }

  private record Session(
      OrtSession session, HuggingFaceTokenizer tokenizer, boolean takesTypeIds) {}

  private static Session load(Model model, int intraOpThreads) {
    String onnx = model.file + ".onnx";
    String tokenizerFile = model.file + "-tokenizer.json";
    ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
    try (InputStream onnxIn = loader.getResourceAsStream(onnx);
        InputStream tokenizerIn = loader.getResourceAsStream(tokenizerFile)) {
      if (onnxIn == null || tokenizerIn == null) {
        throw new IllegalStateException(
            onnx
                + " or its tokenizer missing from the class path (LangChain4j's artifact for "
                + model.id
                + ")");
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      if (intraOpThreads > 0) {
        options.setIntraOpNumThreads(intraOpThreads);
        options.setInterOpNumThreads(1);
        // Worker threads that spin between runs steal the core the next message needs.
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
      }
      OrtSession session = environment.createSession(onnxIn.readAllBytes(), options);
      HuggingFaceTokenizer tokenizer =
          HuggingFaceTokenizer.newInstance(tokenizerIn, Map.of("padding", "false"));
      return new Session(session, tokenizer, session.getInputNames().contains("token_type_ids"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load " + onnx, e);
    }
  }
}
