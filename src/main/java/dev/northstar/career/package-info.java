/** Career: skill self-assessment, the career ladder, the learning plan, and the job search with its network. */
@org.springframework.modulith.ApplicationModule(displayName = "Career")
package dev.northstar.career;
