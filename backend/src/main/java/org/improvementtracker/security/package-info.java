/**
 * Organisations, users, roles and permissions, browser sessions, API tokens and security headers.
 */
package org.improvementtracker.security;
