package io.tellerline.nlu.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * BAAI bge-small-en-v1.5 (quantized ONNX, 384 dimensions) running in process: the model and its
 * tokenizer ship inside LangChain4j's Maven artifact, nothing is downloaded at run time.
 * Tokenisation and CLS pooling are LangChain4j's; the ONNX Runtime session is ours, so that its
 * threads can be set.
 *
 * <p>By default a message runs on the calling thread alone (one intra-op thread, no inter-op pool,
 * no spinning worker threads): a chat message is 5–30 tokens, too short for a thread pool to pay
 * off, and with one thread per message concurrent conversations use the cores in parallel instead
 * of competing for them. Whole data sets ({@link #encodeAll}) are encoded on every core, one text
 * per core. The session is loaded once per JVM.
 */
public final class BgeSmallEncoder implements SentenceEncoder {

  public static final String MODEL_ID = "bge-small-en-v1.5-q";

  private static final String ONNX = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
  private static final int DIMENSIONS = 384;

  private static final ConcurrentHashMap<Integer, Model> MODELS = new ConcurrentHashMap<>();

  private final Model model;
  private final int intraOpThreads;

  /** One intra-op thread per message: the application's setting. */
  public BgeSmallEncoder() {
    this(1);
  }

  /**
   * @param intraOpThreads ONNX Runtime threads per message (0: ONNX Runtime's default, one per
   *     physical core, with spinning workers)
   */
  public BgeSmallEncoder(int intraOpThreads) {
    this.model = MODELS.computeIfAbsent(intraOpThreads, Model::load);
    this.intraOpThreads = intraOpThreads;
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public float[] encode(String text) {
    return SentenceEncoder.normalize(model.embed(text).content().vector());
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
          java.util.stream.IntStream.range(0, cores)
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

  /** LangChain4j's in-process model around a session with our options. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    private Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run); // never used: one text at a time
      this.encoder = encoder;
    }

    static Model load(int intraOpThreads) {
      ClassLoader loader = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
      try (InputStream onnx = loader.getResourceAsStream(ONNX);
          InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
        if (onnx == null || tokenizer == null) {
          throw new IllegalStateException(ONNX + " or its tokenizer missing from the class path");
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
        OrtSession session = environment.createSession(onnx.readAllBytes(), options);
        return new Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load " + ONNX, e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
