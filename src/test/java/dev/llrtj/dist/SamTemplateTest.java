package dev.llrtj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * sam-template.yaml against the repository: every path it names exists (or is what -Pdist builds), every
 * reference resolves to a resource of the right type, and each Makefile-built function has its make target.
 */
class SamTemplateTest {
    private Path project;
    private JsonNode template;
    private JsonNode resources;

    @BeforeEach
    void read() throws IOException {
        project = DistFixture.project();
        template = new YAMLMapper().readTree(project.resolve("sam-template.yaml").toFile());
        resources = template.path("Resources");
    }

    private List<Map.Entry<String, JsonNode>> ofType(String type) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        resources.properties().forEach(e -> {
            if (e.getValue().path("Type").asText().equals(type)) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void theLayerIsTheZipThatTheDistBuildMakes() throws IOException {
        List<Map.Entry<String, JsonNode>> layers = ofType("AWS::Serverless::LayerVersion");
        assertEquals(1, layers.size());
        JsonNode props = layers.get(0).getValue().path("Properties");
        String contentUri = props.path("ContentUri").asText();
        // the native layer with the embedded SDK: ItemsFunction imports @aws-sdk/* from it
        assertEquals("target/dist/llrt-lambda-x64.zip", contentUri);
        // the name build-native-layer.sh gives the std-sdk zip on x86_64
        String script = Files.readString(project.resolve("src/main/dist/build-native-layer.sh"));
        assertTrue(script.contains("[ \"$flavour\" = std-sdk ] && name=\"llrt-lambda-$arch.zip\""),
                "build-native-layer.sh names the zip");
        assertTrue(script.contains("x86_64 | amd64) arch=x64"));
        if (Files.isDirectory(project.resolve("target/dist")) && DistFixture.arch().equals("x64")) {
            assertTrue(Files.isRegularFile(project.resolve(contentUri)), contentUri + " after a dist build");
        }
        assertEquals("provided.al2023", props.path("CompatibleRuntimes").path(0).asText());
        assertEquals("x86_64", props.path("CompatibleArchitectures").path(0).asText());
        assertEquals("x86_64", template.path("Globals").path("Function").path("Architectures").path(0).asText());
    }

    @Test
    void zipFunctionsRunOnTheLayerAndBuildWithTheirMakefiles() throws IOException {
        List<Map.Entry<String, JsonNode>> zips = ofType("AWS::Serverless::Function").stream()
                .filter(e -> !e.getValue().path("Properties").path("PackageType").asText().equals("Image")).toList();
        assertEquals(List.of("HelloFunction", "ItemsFunction", "StreamingFunction"), zips.stream().map(Map.Entry::getKey).toList());
        for (Map.Entry<String, JsonNode> f : zips) {
            JsonNode props = f.getValue().path("Properties");
            assertEquals("provided.al2023", props.path("Runtime").asText(), f.getKey());
            Path code = project.resolve(props.path("CodeUri").asText());
            assertTrue(Files.isDirectory(code), code.toString());
            String handler = props.path("Handler").asText();
            String file = handler.substring(0, handler.lastIndexOf('.'));
            assertTrue(Files.isRegularFile(code.resolve(file + ".mjs")), "handler source " + file + ".mjs in " + code);
            assertEquals("LlrtJavaLayer", props.path("Layers").path(0).path("Ref").asText(), f.getKey());

            assertEquals("makefile", f.getValue().path("Metadata").path("BuildMethod").asText());
            String makefile = Files.readString(code.resolve("Makefile"));
            assertTrue(Pattern.compile("(?m)^build-" + f.getKey() + ":").matcher(makefile).find(),
                    "make target build-" + f.getKey() + " in " + code);
            assertTrue(makefile.contains("bundle " + file + ".mjs -o \"$(ARTIFACTS_DIR)\""), makefile);
        }
    }

    /** Issue 14 item 4: the hello function's URL answers a plain curl (AWS_IAM answered 403 to an unsigned request). */
    @Test
    void theHelloFunctionUrlIsPublic() throws IOException {
        JsonNode hello = ofType("AWS::Serverless::Function").stream().filter(e -> e.getKey().equals("HelloFunction"))
                .findFirst().orElseThrow().getValue();
        assertEquals("NONE", hello.path("Properties").path("FunctionUrlConfig").path("AuthType").asText());
    }

    @Test
    void theImageFunctionIsBuiltFromTheFunctionDockerfile() throws IOException {
        JsonNode image = resources.path("HelloImageFunction");
        assertEquals("Image", image.path("Properties").path("PackageType").asText());
        assertEquals("llrt", image.path("Properties").path("ImageConfig").path("Command").path(0).asText());
        Path context = project.resolve(image.path("Metadata").path("DockerContext").asText());
        Path dockerfile = context.resolve(image.path("Metadata").path("Dockerfile").asText());
        assertTrue(Files.isRegularFile(dockerfile), dockerfile.toString());
        String text = Files.readString(dockerfile);
        // it copies the output of `llrt bundle examples/hello/index.mjs -o examples/hello/dist` (Docker context: .)
        assertTrue(text.contains("COPY examples/hello/dist/ /var/task/"), text);
        assertTrue(text.contains("LAMBDA_HANDLER=index.handler"));
        assertTrue(Files.isRegularFile(context.resolve("examples/hello/index.mjs")));
    }

    @Test
    void theDynamoDbFunctionMayUseItsOwnTableOnly() {
        JsonNode props = resources.path("ItemsFunction").path("Properties");
        assertEquals("AWS::DynamoDB::Table", resources.path("ItemsTable").path("Type").asText());
        assertEquals("ItemsTable", props.path("Environment").path("Variables").path("TABLE_NAME").path("Ref").asText());
        JsonNode policies = props.path("Policies");
        assertEquals(1, policies.size());
        assertEquals("ItemsTable", policies.path(0).path("DynamoDBCrudPolicy").path("TableName").path("Ref").asText());
        assertFalse(policies.toString().contains("\"*\""), "no wildcard resources");
    }

    @Test
    void theStreamingFunctionUrlStreams() {
        JsonNode url = resources.path("StreamingFunction").path("Properties").path("FunctionUrlConfig");
        assertEquals("RESPONSE_STREAM", url.path("InvokeMode").asText());
    }

    @Test
    void everyReferenceResolves() {
        List<String> targets = new ArrayList<>();
        collectReferences(template, targets);
        assertFalse(targets.isEmpty());
        for (String target : targets) {
            boolean direct = resources.has(target);
            // SAM makes <Function>Url for a function with FunctionUrlConfig
            boolean generatedUrl = target.endsWith("Url")
                    && resources.path(target.substring(0, target.length() - 3)).path("Properties")
                    .has("FunctionUrlConfig");
            assertTrue(direct || generatedUrl, "unresolved reference " + target);
        }
    }

    private static void collectReferences(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("Ref")) {
                    out.add(e.getValue().asText());
                } else if (e.getKey().equals("Fn::GetAtt")) {
                    out.add(e.getValue().isArray() ? e.getValue().path(0).asText()
                            : e.getValue().asText().split("\\.")[0]);
                } else {
                    collectReferences(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectReferences(n, out));
        }
    }
}
