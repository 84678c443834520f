package org.cinplan.casework;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * On the services that change who may open a record (allocation, restriction, break-glass): once such a call returns,
 * the rest of the request works access out afresh instead of from {@link AccessMemo}.
 */
public class AccessChange {

    @AroundInvoke
    Object forgetAfter(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } finally {
            AccessMemo.forgetAll();
        }
    }
}
