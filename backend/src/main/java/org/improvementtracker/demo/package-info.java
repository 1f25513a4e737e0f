/** Loads the published plan as demo data on first start. */
package org.improvementtracker.demo;
