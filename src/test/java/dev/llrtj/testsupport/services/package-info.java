/**
 * Real AWS-compatible services for the tests (DynamoDB Local, local-s3, ElasticMQ): fetched from Maven Central once
 * into a cache folder, started as child JVMs on free loopback ports, shared by all test classes of one JVM, and
 * stopped when it exits. No hand-written fakes of an AWS wire protocol.
 */
package dev.llrtj.testsupport.services;
