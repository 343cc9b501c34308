package dev.llrtj.sdk;

import dev.llrtj.testsupport.services.TestServices;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** sdk-it/s3.mjs: client-s3, lib-storage (multipart) and s3-request-presigner (+ fetch) against local-s3. */
@Tag("sdk-it")
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class S3SdkTest {
    @Test
    void objectsMultipartPresignedUrlAndChecksumsAgainstLocalS3() throws Exception {
        ServiceScripts.runAndExpect("s3.mjs",
                Map.of("AWS_ENDPOINT_URL_S3", TestServices.s3().endpoint()),
                List.of("CreateBucket", "PutObject", "ChecksumCRC32", "HeadObject", "GetObject", "transformToString",
                        "transformToByteArray", "transformToWebStream", "asyncIteration", "multipartUpload",
                        "ListObjectsV2", "presignedGetWithFetch", "DeleteObject"));
    }
}
