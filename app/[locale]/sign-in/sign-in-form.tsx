"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { homeForRole, safeReturnPath, signInSchema, type SignInInput } from "@/lib/auth/sign-in.validation";

export function SignInForm({ next }: { next: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
      return;
    }
    const body = (await response.json().catch(() => ({}))) as {
      user?: { role?: string };
      error?: string;
      message?: string;
    };
    if (!response.ok) {
      if (response.status === 401) setError("The email or password is not correct.");
      else setError(body.error ?? body.message ?? `Sign-in failed (${response.status}).`);
      return;
    }
    // A full navigation, so that every server component sees the new session.
    window.location.assign(safeReturnPath(next) ?? homeForRole(body.user?.role ?? ""));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div aria-live="assertive">
        {error && (
          <p role="alert" className="rounded-md border border-danger/40 bg-red-50 px-4 py-3 text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="email" className="field-label">
          Email
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          className="field-input"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          {...register("email")}
        />
        {errors.email && (
          <p id="email-error" className="field-error">
            {errors.email.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="field-label">
          Password
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className="field-input"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          {...register("password")}
        />
        {errors.password && (
          <p id="password-error" className="field-error">
            {errors.password.message}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
