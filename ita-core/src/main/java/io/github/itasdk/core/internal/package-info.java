/** Implementation details of the ITA SDK. Not API: may change in any release. */
package io.github.itasdk.core.internal;
