/**
 * Practice: the exercises that build a product manager's skills, the interview question bank with rubrics, mock
 * sessions, the story bank and spaced repetition. Practice data belongs to one user and is private unless shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice")
package dev.northstar.practice;
