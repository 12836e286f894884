package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.tellerline.platform.JsonBuilders;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The document the server builds is what the published schema (compliance-docs) says. */
class DataExportSchemaTest {

  private static final JsonMapper JSON = new JsonMapper();

  static Schema schema() throws IOException {
    JsonNode schema =
        JSON.readTree(Files.readString(Path.of("../compliance-docs/data-export.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  @Test
  void aFullDocumentIsValid() throws IOException {
    JsonObject document = DataExportDocumentTest.sample();
    List<Error> errors =
        schema()
            .validate(
                JSON.readTree(new String(JsonBuilders.bytes(document), StandardCharsets.UTF_8)));
    assertEquals(List.of(), errors);
    assertEquals(DataExportDocument.SCHEMA, schema().getSchemaNode().get("$id").stringValue());
  }

  @Test
  void theSchemaRefusesWhatItDoesNotDescribe() throws IOException {
    String text =
        new String(JsonBuilders.bytes(DataExportDocumentTest.sample()), StandardCharsets.UTF_8)
            .replace("\"staffReveals\"", "\"somethingElse\"");
    assertFalse(schema().validate(JSON.readTree(text)).isEmpty());
  }
}
