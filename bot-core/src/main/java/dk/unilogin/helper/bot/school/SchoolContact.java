package dk.unilogin.helper.bot.school;

/** How to reach a school's office or IT contact; any field may be null. */
public record SchoolContact(String phone, String email, String webPage, String officeHours) {
}
