import { z } from "zod";
import { PROVINCE_CODE_PATTERN, regionCodeSchemaWith } from "~/modules/regions/regions.schema";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "form.error.emailRequired" })
  .max(254, { message: "form.error.emailInvalid" })
  .pipe(z.email({ message: "form.error.emailInvalid" }));

export const nameField = z
  .string()
  .trim()
  .min(2, { message: "form.error.nameRequired" })
  .max(120, { message: "form.error.nameTooLong" });

/** Strength is checked separately (passwordProblem), with the user's own data as hints. */
export const newPasswordField = z.string().max(200, { message: "password.error.tooLong" });

export const regionCodeField = regionCodeSchemaWith("form.error.regionInvalid");

export const regionRoleField = z.enum(["SECRETARY", "DEVELOPER"], {
  message: "form.error.roleInvalid",
});

export const loginSchema = z.object({
  email: emailField,
  password: z
    .string()
    .min(1, { message: "form.error.passwordRequired" })
    .max(200, { message: "password.error.tooLong" }),
  redirectTo: z.string().optional(),
});

export const passwordResetRequestSchema = z.object({ email: emailField });

export const setPasswordSchema = z
  .object({ password: newPasswordField, confirm: z.string() })
  .refine((value) => value.password === value.confirm, {
    message: "password.error.mismatch",
    path: ["confirm"],
  });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "form.error.passwordRequired" }),
    password: newPasswordField,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    message: "password.error.mismatch",
    path: ["confirm"],
  });

export const accountRequestSchema = z.object({
  name: nameField,
  email: emailField,
  regionCode: regionCodeField,
  role: regionRoleField,
  position: z.string().trim().max(120, { message: "form.error.tooLong" }).optional(),
  message: z.string().trim().max(1000, { message: "form.error.tooLong" }).optional(),
});

export const invitationSchema = z
  .object({
    email: emailField,
    role: z.enum(["SECRETARY", "DEVELOPER", "COORDINATOR", "PROVINCE_COORDINATOR"], {
      message: "form.error.roleInvalid",
    }),
    regionCode: z.string().optional(),
    provinceCode: z.string().trim().optional(),
  })
  .superRefine((value, context) => {
    // A province coordinator needs a province; whether it exists is the module's question.
    if (
      value.role === "PROVINCE_COORDINATOR" &&
      !PROVINCE_CODE_PATTERN.test(value.provinceCode ?? "")
    )
      context.addIssue({
        code: "custom",
        path: ["provinceCode"],
        message: "form.error.provinceInvalid",
      });
  });

export const acceptInvitationSchema = z
  .object({ name: nameField, password: newPasswordField, confirm: z.string() })
  .refine((value) => value.password === value.confirm, {
    message: "password.error.mismatch",
    path: ["confirm"],
  });

export const decisionSchema = z.object({
  decision: z.enum(["approve", "reject"], { message: "form.error.decisionInvalid" }),
});
