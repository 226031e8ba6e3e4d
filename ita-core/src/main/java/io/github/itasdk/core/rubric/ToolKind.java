package io.github.itasdk.core.rubric;

/** The three assessment tools (แบบวัด). */
public enum ToolKind {
  /** Internal Integrity and Transparency Assessment: the survey of the agency's own staff. */
  IIT,
  /** External Integrity and Transparency Assessment: the survey of the people the agency serves. */
  EIT,
  /** Open Integrity and Transparency Assessment: the assessors' audit of the agency's website. */
  OIT
}
