/**
 * Rich notebook display of saasmetrics results: {@link io.github.saasmetrics.jupyter.NotebookDisplay}
 * shows results as HTML tables and charts as PNG images, installed into a JJava kernel by
 * {@link io.github.saasmetrics.jupyter.SaasmetricsExtension} or into an IJava kernel with one call.
 */
package io.github.saasmetrics.jupyter;
