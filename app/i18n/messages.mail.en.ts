// English texts of the e-mails the portal sends. The type makes every Indonesian key required here.
import type { mailMessagesId } from "./messages.mail.id";

export const mailMessagesEn: Record<keyof typeof mailMessagesId, string> = {
  "mail.signOff": "Kind regards,\nThe Digital Service Living Lab team",
  "mail.footer":
    "This e-mail was sent automatically. If you were not expecting it, you can ignore it.",

  "mail.passwordReset.subject": "Reset the password of your Digital Service Living Lab account",
  "mail.passwordReset.body":
    "Dear {name},\n\n" +
    "We received a request to reset the password of your account on the Digital Service Living Lab portal. " +
    "Open the following link to choose a new password:\n\n" +
    "{url}\n\n" +
    "This link is valid for {hours} hours and can be used only once. " +
    "If you did not ask for a password reset, ignore this e-mail; your password will not change.",

  "mail.invitation.subject": "Invitation to join the Digital Service Living Lab",
  "mail.invitation.body":
    "Hello,\n\n" +
    "{inviter} has invited you to join the Digital Service Living Lab portal as {role} for {region}.\n\n" +
    "To accept this invitation and create your account, open the following link:\n\n" +
    "{url}\n\n" +
    "This invitation is valid for {days} days. After that, you will need to ask {inviter} for a new one.",

  "mail.accountApproved.subject": "Your account request has been approved",
  "mail.accountApproved.body":
    "Dear {name},\n\n" +
    "Your request for an account for {region} on the Digital Service Living Lab portal has been approved.\n\n" +
    "To start using your account, set your password with the following link:\n\n" +
    "{url}\n\n" +
    "This link is valid for {hours} hours and can be used only once. " +
    "If it has expired, you can ask for a new link from the sign-in page.",

  "mail.accountRejected.subject": "Your account request could not be approved",
  "mail.accountRejected.body":
    "Dear {name},\n\n" +
    "Thank you for your interest in the Digital Service Living Lab portal. " +
    "We are sorry, but your request for an account for {region} could not be approved.\n\n" +
    "If you think this decision is wrong, please contact the portal managers for {region} " +
    "or submit a new request with more complete information.",

  "mail.accountRequestPending.subject":
    "A new account request for {region} is waiting for your decision",
  "mail.accountRequestPending.body":
    "Hello,\n\n" +
    "{requester} has asked for an account on the Digital Service Living Lab portal for {region}. " +
    "The request is waiting for your decision.\n\n" +
    "Please review the request and approve or reject it with the following link:\n\n" +
    "{url}",

  "mail.monitoringReminder.subject": "Living Lab follow-up reminder for {region}",
  "mail.monitoringReminder.body":
    "Dear Regional Secretary of {region},\n\n" +
    "{sender}, coordinator of the Digital Service Living Lab, reminds you to continue the work of " +
    "{region} on the Digital Service Living Lab portal.\n\n" +
    "Where things stand:\n" +
    "- Participation status: {status}\n" +
    "- Last recorded activity: {lastActivity}\n" +
    "- Follow-up commitments under way: {active}, of which stalled: {stalled}\n" +
    "- Evidence completeness for {year}: {evidence}\n\n" +
    "Open your region's dashboard to see what is waiting:\n\n" +
    "{dashboardUrl}\n\n" +
    "The follow-up commitments of {region}:\n\n" +
    "{trackerUrl}",
};
