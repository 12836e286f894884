package io.tellerline.privacy.detection;

import java.util.List;

/** One kind of finding. Detectors may report overlapping spans; the facade resolves them. */
interface Detector {

  void detect(ScannedText text, List<PiiSpan> out);
}
