/**
 * node:http and node:https: clients over the loop's pooled HTTP client (dev.llrtj.loop.http, bodies as sent) and
 * servers on the loop's Vert.x HTTP server ({@code HttpListener}); the JS builds Node's streams on top.
 */
package dev.llrtj.modules.http;
