package io.tellerline.console;

import io.tellerline.training.application.DatasetCut;
import io.tellerline.training.application.DatasetVersionService;
import io.tellerline.training.application.DatasetVersionSummary;
import io.tellerline.training.domain.DatasetVersion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The training-data page: cut a dataset version, list versions with counts and lineage. */
@Named
@ViewScoped
public class DatasetVersionsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Versions listed with counts (each reads its added rows). */
  static final int LISTED = 20;

  @Inject DatasetVersionService service;

  private List<DatasetVersionSummary> summaries;
  private String note;

  public void load() {
    summaries = service.summaries(LISTED);
  }

  public void cut() {
    try {
      DatasetCut cut = service.cut(note);
      DatasetVersion latest = cut.latest();
      if (cut.nothingNew()) {
        ConsolePage.info(
            "Nothing new was approved since version "
                + latest.number()
                + " (same content hash): no version cut.");
      } else {
        ConsolePage.info(
            "Version "
                + latest.number()
                + " cut: "
                + latest.rowCount()
                + " rows, content hash "
                + latest.contentSha256()
                + "; "
                + cut.leftOut()
                + " approved label(s) left out (no consent or erased).");
        note = null;
      }
      load();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public List<DatasetVersionSummary> getSummaries() {
    return summaries;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
