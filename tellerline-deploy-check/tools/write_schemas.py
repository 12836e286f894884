# Writes the strict JSON Schemas in src/test/resources/schemas/{kubernetes-v1.33,cloudnative-pg-v1.27}.
# Hand-written from the Kubernetes v1.33 and CloudNativePG 1.27 API references (see the README there).
# Usage: python3 tools/write_schemas.py src/test/resources/schemas
# Writes a strict JSON Schema (draft 2019-09) for the Kubernetes kinds Tellerline's manifests use.
import json, os, sys

D = {}
def obj(props, required=(), extra=False):
    o = {"type": "object", "properties": props, "additionalProperties": extra}
    if required: o["required"] = list(required)
    return o
def ref(n): return {"$ref": "#/$defs/" + n}
S = {"type": "string"}; I = {"type": "integer"}; B = {"type": "boolean"}; N = {"type": "number"}
def arr(x): return {"type": "array", "items": x}
def smap(): return {"type": "object", "additionalProperties": S}
IOS = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
D["IntOrString"] = IOS
D["Quantity"] = {"oneOf": [{"type": "string", "pattern": r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}, {"type": "number"}]}
D["ObjectMeta"] = obj({"name": S, "generateName": S, "namespace": S, "labels": smap(), "annotations": smap(),
    "finalizers": arr(S), "ownerReferences": arr({"type": "object"}), "uid": S, "resourceVersion": S,
    "generation": I, "creationTimestamp": {"type": ["string", "null"]}, "deletionTimestamp": S,
    "deletionGracePeriodSeconds": I, "managedFields": arr({"type": "object"}), "selfLink": S})
D["LabelSelectorRequirement"] = obj({"key": S, "operator": {"enum": ["In", "NotIn", "Exists", "DoesNotExist"]}, "values": arr(S)}, ["key", "operator"])
D["LabelSelector"] = obj({"matchLabels": smap(), "matchExpressions": arr(ref("LabelSelectorRequirement"))})
D["LocalObjectReference"] = obj({"name": S})
D["KeySelector"] = obj({"name": S, "key": S, "optional": B}, ["key"])
D["ObjectFieldSelector"] = obj({"apiVersion": S, "fieldPath": S}, ["fieldPath"])
D["ResourceFieldSelector"] = obj({"containerName": S, "resource": S, "divisor": ref("Quantity")}, ["resource"])
D["EnvVarSource"] = obj({"configMapKeyRef": ref("KeySelector"), "secretKeyRef": ref("KeySelector"),
    "fieldRef": ref("ObjectFieldSelector"), "resourceFieldRef": ref("ResourceFieldSelector")})
D["EnvVar"] = obj({"name": S, "value": S, "valueFrom": ref("EnvVarSource")}, ["name"])
D["EnvFromSource"] = obj({"prefix": S, "configMapRef": obj({"name": S, "optional": B}), "secretRef": obj({"name": S, "optional": B})})
D["ContainerPort"] = obj({"containerPort": I, "hostIP": S, "hostPort": I, "name": S, "protocol": {"enum": ["TCP", "UDP", "SCTP"]}}, ["containerPort"])
D["HTTPHeader"] = obj({"name": S, "value": S}, ["name", "value"])
D["HTTPGetAction"] = obj({"host": S, "httpHeaders": arr(ref("HTTPHeader")), "path": S, "port": ref("IntOrString"), "scheme": {"enum": ["HTTP", "HTTPS"]}}, ["port"])
D["TCPSocketAction"] = obj({"host": S, "port": ref("IntOrString")}, ["port"])
D["ExecAction"] = obj({"command": arr(S)})
D["GRPCAction"] = obj({"port": I, "service": S}, ["port"])
D["Probe"] = obj({"exec": ref("ExecAction"), "httpGet": ref("HTTPGetAction"), "tcpSocket": ref("TCPSocketAction"), "grpc": ref("GRPCAction"),
    "initialDelaySeconds": I, "periodSeconds": I, "timeoutSeconds": I, "successThreshold": I, "failureThreshold": I, "terminationGracePeriodSeconds": I})
D["LifecycleHandler"] = obj({"exec": ref("ExecAction"), "httpGet": ref("HTTPGetAction"), "tcpSocket": ref("TCPSocketAction"), "sleep": obj({"seconds": I}, ["seconds"])})
D["Lifecycle"] = obj({"postStart": ref("LifecycleHandler"), "preStop": ref("LifecycleHandler"), "stopSignal": S})
D["ResourceRequirements"] = obj({"limits": {"type": "object", "additionalProperties": ref("Quantity")},
    "requests": {"type": "object", "additionalProperties": ref("Quantity")}, "claims": arr(obj({"name": S, "request": S}, ["name"]))})
D["Capabilities"] = obj({"add": arr(S), "drop": arr(S)})
D["SeccompProfile"] = obj({"type": {"enum": ["Localhost", "RuntimeDefault", "Unconfined"]}, "localhostProfile": S}, ["type"])
D["SELinuxOptions"] = obj({"level": S, "role": S, "type": S, "user": S})
D["SecurityContext"] = obj({"allowPrivilegeEscalation": B, "capabilities": ref("Capabilities"), "privileged": B, "procMount": S,
    "readOnlyRootFilesystem": B, "runAsGroup": I, "runAsNonRoot": B, "runAsUser": I, "seLinuxOptions": ref("SELinuxOptions"),
    "seccompProfile": ref("SeccompProfile"), "appArmorProfile": obj({"type": S, "localhostProfile": S}, ["type"])})
D["VolumeMount"] = obj({"mountPath": S, "mountPropagation": S, "name": S, "readOnly": B, "recursiveReadOnly": S, "subPath": S, "subPathExpr": S}, ["mountPath", "name"])
D["Container"] = obj({"name": S, "image": S, "imagePullPolicy": {"enum": ["Always", "Never", "IfNotPresent"]}, "command": arr(S), "args": arr(S),
    "workingDir": S, "ports": arr(ref("ContainerPort")), "env": arr(ref("EnvVar")), "envFrom": arr(ref("EnvFromSource")),
    "resources": ref("ResourceRequirements"), "volumeMounts": arr(ref("VolumeMount")), "livenessProbe": ref("Probe"),
    "readinessProbe": ref("Probe"), "startupProbe": ref("Probe"), "lifecycle": ref("Lifecycle"), "securityContext": ref("SecurityContext"),
    "terminationMessagePath": S, "terminationMessagePolicy": {"enum": ["File", "FallbackToLogsOnError"]}, "stdin": B, "stdinOnce": B, "tty": B,
    "restartPolicy": S, "resizePolicy": arr({"type": "object"}), "volumeDevices": arr({"type": "object"})}, ["name"])
D["KeyToPath"] = obj({"key": S, "path": S, "mode": I}, ["key", "path"])
D["Volume"] = obj({"name": S,
    "emptyDir": obj({"medium": S, "sizeLimit": ref("Quantity")}),
    "secret": obj({"secretName": S, "items": arr(ref("KeyToPath")), "defaultMode": I, "optional": B}),
    "configMap": obj({"name": S, "items": arr(ref("KeyToPath")), "defaultMode": I, "optional": B}),
    "persistentVolumeClaim": obj({"claimName": S, "readOnly": B}, ["claimName"]),
    "projected": obj({"sources": arr({"type": "object"}), "defaultMode": I})}, ["name"])
D["PodSecurityContext"] = obj({"fsGroup": I, "fsGroupChangePolicy": S, "runAsGroup": I, "runAsNonRoot": B, "runAsUser": I,
    "seLinuxOptions": ref("SELinuxOptions"), "seccompProfile": ref("SeccompProfile"), "supplementalGroups": arr(I),
    "supplementalGroupsPolicy": S, "sysctls": arr(obj({"name": S, "value": S}, ["name", "value"])), "appArmorProfile": obj({"type": S, "localhostProfile": S}, ["type"])})
D["PodAffinityTerm"] = obj({"labelSelector": ref("LabelSelector"), "namespaces": arr(S), "topologyKey": S, "namespaceSelector": ref("LabelSelector"),
    "matchLabelKeys": arr(S), "mismatchLabelKeys": arr(S)}, ["topologyKey"])
D["WeightedPodAffinityTerm"] = obj({"weight": I, "podAffinityTerm": ref("PodAffinityTerm")}, ["weight", "podAffinityTerm"])
D["PodAntiAffinity"] = obj({"requiredDuringSchedulingIgnoredDuringExecution": arr(ref("PodAffinityTerm")),
    "preferredDuringSchedulingIgnoredDuringExecution": arr(ref("WeightedPodAffinityTerm"))})
D["Affinity"] = obj({"podAntiAffinity": ref("PodAntiAffinity"), "podAffinity": ref("PodAntiAffinity"), "nodeAffinity": {"type": "object"}})
D["TopologySpreadConstraint"] = obj({"maxSkew": I, "topologyKey": S, "whenUnsatisfiable": {"enum": ["DoNotSchedule", "ScheduleAnyway"]},
    "labelSelector": ref("LabelSelector"), "minDomains": I, "matchLabelKeys": arr(S), "nodeAffinityPolicy": S, "nodeTaintsPolicy": S},
    ["maxSkew", "topologyKey", "whenUnsatisfiable"])
D["Toleration"] = obj({"key": S, "operator": S, "value": S, "effect": S, "tolerationSeconds": I})
D["PodSpec"] = obj({"containers": arr(ref("Container")), "initContainers": arr(ref("Container")), "volumes": arr(ref("Volume")),
    "serviceAccountName": S, "automountServiceAccountToken": B, "securityContext": ref("PodSecurityContext"),
    "affinity": ref("Affinity"), "topologySpreadConstraints": arr(ref("TopologySpreadConstraint")), "tolerations": arr(ref("Toleration")),
    "nodeSelector": smap(), "terminationGracePeriodSeconds": I, "restartPolicy": {"enum": ["Always", "OnFailure", "Never"]},
    "dnsPolicy": S, "enableServiceLinks": B, "hostNetwork": B, "hostPID": B, "hostIPC": B, "imagePullSecrets": arr(ref("LocalObjectReference")),
    "priorityClassName": S, "shareProcessNamespace": B, "hostname": S, "subdomain": S, "schedulerName": S, "runtimeClassName": S,
    "activeDeadlineSeconds": I, "preemptionPolicy": S}, ["containers"])
D["PodTemplateSpec"] = obj({"metadata": ref("ObjectMeta"), "spec": ref("PodSpec")})
D["DeploymentStrategy"] = obj({"type": {"enum": ["Recreate", "RollingUpdate"]},
    "rollingUpdate": obj({"maxSurge": ref("IntOrString"), "maxUnavailable": ref("IntOrString")})})
def kind(api, k, props, required=()):
    p = {"apiVersion": {"const": api}, "kind": {"const": k}, "metadata": ref("ObjectMeta")}
    p.update(props)
    return obj(p, ["apiVersion", "kind", "metadata"] + list(required))
KINDS = {}
KINDS["apps/v1/Deployment"] = kind("apps/v1", "Deployment", {"spec": obj({"replicas": I, "selector": ref("LabelSelector"),
    "template": ref("PodTemplateSpec"), "strategy": ref("DeploymentStrategy"), "minReadySeconds": I, "revisionHistoryLimit": I,
    "progressDeadlineSeconds": I, "paused": B}, ["selector", "template"])}, ["spec"])
D["ServicePort"] = obj({"name": S, "port": I, "targetPort": ref("IntOrString"), "protocol": {"enum": ["TCP", "UDP", "SCTP"]},
    "appProtocol": S, "nodePort": I}, ["port"])
KINDS["v1/Service"] = kind("v1", "Service", {"spec": obj({"type": {"enum": ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"]},
    "clusterIP": S, "clusterIPs": arr(S), "selector": smap(), "ports": arr(ref("ServicePort")), "publishNotReadyAddresses": B,
    "sessionAffinity": {"enum": ["ClientIP", "None"]}, "internalTrafficPolicy": S, "externalTrafficPolicy": S, "ipFamilyPolicy": S,
    "ipFamilies": arr(S), "trafficDistribution": S})})
KINDS["v1/ServiceAccount"] = kind("v1", "ServiceAccount", {"automountServiceAccountToken": B, "imagePullSecrets": arr(ref("LocalObjectReference")),
    "secrets": arr({"type": "object"})})
KINDS["v1/Secret"] = kind("v1", "Secret", {"type": S, "data": smap(), "stringData": smap(), "immutable": B})
KINDS["v1/Namespace"] = kind("v1", "Namespace", {"spec": obj({"finalizers": arr(S)})})
KINDS["v1/ConfigMap"] = kind("v1", "ConfigMap", {"data": smap(), "binaryData": smap(), "immutable": B})
D["PolicyRule"] = obj({"apiGroups": arr(S), "resources": arr(S), "resourceNames": arr(S), "verbs": arr(S), "nonResourceURLs": arr(S)}, ["verbs"])
KINDS["rbac.authorization.k8s.io/v1/Role"] = kind("rbac.authorization.k8s.io/v1", "Role", {"rules": arr(ref("PolicyRule"))})
KINDS["rbac.authorization.k8s.io/v1/RoleBinding"] = kind("rbac.authorization.k8s.io/v1", "RoleBinding", {
    "roleRef": obj({"apiGroup": S, "kind": {"enum": ["Role", "ClusterRole"]}, "name": S}, ["apiGroup", "kind", "name"]),
    "subjects": arr(obj({"apiGroup": S, "kind": {"enum": ["ServiceAccount", "User", "Group"]}, "name": S, "namespace": S}, ["kind", "name"]))}, ["roleRef"])
KINDS["policy/v1/PodDisruptionBudget"] = kind("policy/v1", "PodDisruptionBudget", {"spec": obj({"minAvailable": ref("IntOrString"),
    "maxUnavailable": ref("IntOrString"), "selector": ref("LabelSelector"), "unhealthyPodEvictionPolicy": {"enum": ["IfHealthyBudget", "AlwaysAllow"]}})}, ["spec"])
D["IngressServiceBackend"] = obj({"name": S, "port": obj({"name": S, "number": I})}, ["name"])
D["IngressBackend"] = obj({"service": ref("IngressServiceBackend"), "resource": obj({"apiGroup": S, "kind": S, "name": S}, ["kind", "name"])})
D["HTTPIngressPath"] = obj({"path": S, "pathType": {"enum": ["Exact", "Prefix", "ImplementationSpecific"]}, "backend": ref("IngressBackend")}, ["pathType", "backend"])
D["IngressRule"] = obj({"host": S, "http": obj({"paths": arr(ref("HTTPIngressPath"))}, ["paths"])})
KINDS["networking.k8s.io/v1/Ingress"] = kind("networking.k8s.io/v1", "Ingress", {"spec": obj({"ingressClassName": S,
    "defaultBackend": ref("IngressBackend"), "tls": arr(obj({"hosts": arr(S), "secretName": S})), "rules": arr(ref("IngressRule"))})})
D["NetworkPolicyPort"] = obj({"protocol": {"enum": ["TCP", "UDP", "SCTP"]}, "port": ref("IntOrString"), "endPort": I})
D["NetworkPolicyPeer"] = obj({"podSelector": ref("LabelSelector"), "namespaceSelector": ref("LabelSelector"), "ipBlock": obj({"cidr": S, "except": arr(S)}, ["cidr"])})
KINDS["networking.k8s.io/v1/NetworkPolicy"] = kind("networking.k8s.io/v1", "NetworkPolicy", {"spec": obj({"podSelector": ref("LabelSelector"),
    "policyTypes": arr({"enum": ["Ingress", "Egress"]}),
    "ingress": arr(obj({"from": arr(ref("NetworkPolicyPeer")), "ports": arr(ref("NetworkPolicyPort"))})),
    "egress": arr(obj({"to": arr(ref("NetworkPolicyPeer")), "ports": arr(ref("NetworkPolicyPort"))}))}, ["podSelector"])}, ["spec"])

# ---- CloudNativePG Cluster (postgresql.cnpg.io/v1), the fields of the CNPG 1.27 API reference that a
# Tellerline database uses or might reasonably use; strict like the rest.
C = {}
C["SecretRef"] = obj({"name": S}, ["name"])
C["RoleConfiguration"] = obj({"name": S, "comment": S, "ensure": {"enum": ["present", "absent"]}, "passwordSecret": ref("SecretRef"),
    "connectionLimit": I, "validUntil": S, "inRoles": arr(S), "inherit": B, "disablePassword": B, "superuser": B, "createdb": B,
    "createrole": B, "login": B, "replication": B, "bypassrls": B}, ["name"])
C["SynchronousReplicaConfiguration"] = obj({"method": {"enum": ["any", "first"]}, "number": {"type": "integer", "minimum": 1},
    "maxStandbyNamesFromCluster": I, "standbyNamesPre": arr(S), "standbyNamesPost": arr(S),
    "dataDurability": {"enum": ["required", "preferred"]}, "failoverQuorum": B}, ["method", "number"])
C["PostgresConfiguration"] = obj({"parameters": smap(), "pg_hba": arr(S), "pg_ident": arr(S), "synchronous": ref("SynchronousReplicaConfiguration"),
    "shared_preload_libraries": arr(S), "enableAlterSystem": B})
C["BootstrapInitDB"] = obj({"database": S, "owner": S, "secret": ref("SecretRef"), "encoding": S, "localeCollate": S, "localeCType": S,
    "dataChecksums": B, "walSegmentSize": I, "postInitSQL": arr(S), "postInitApplicationSQL": arr(S), "postInitTemplateSQL": arr(S)})
C["StorageConfiguration"] = obj({"size": S, "storageClass": S, "resizeInUseVolumes": B, "pvcTemplate": {"type": "object"}})
C["AffinityConfiguration"] = obj({"enablePodAntiAffinity": B, "topologyKey": S, "podAntiAffinityType": {"enum": ["preferred", "required"]},
    "nodeSelector": smap(), "tolerations": arr(ref("Toleration")), "additionalPodAntiAffinity": {"type": "object"}, "additionalPodAffinity": {"type": "object"},
    "nodeAffinity": {"type": "object"}})
C["ClusterSpec"] = obj({"description": S, "instances": {"type": "integer", "minimum": 1}, "imageName": S, "imagePullPolicy": S,
    "postgresUID": I, "postgresGID": I, "primaryUpdateStrategy": {"enum": ["unsupervised", "supervised"]},
    "primaryUpdateMethod": {"enum": ["switchover", "restart"]}, "postgresql": ref("PostgresConfiguration"),
    "bootstrap": obj({"initdb": ref("BootstrapInitDB"), "recovery": {"type": "object"}, "pg_basebackup": {"type": "object"}}),
    "superuserSecret": ref("SecretRef"), "enableSuperuserAccess": B, "storage": ref("StorageConfiguration"), "walStorage": ref("StorageConfiguration"),
    "resources": ref("ResourceRequirements"), "affinity": ref("AffinityConfiguration"), "topologySpreadConstraints": arr(ref("TopologySpreadConstraint")),
    "managed": obj({"roles": arr(ref("RoleConfiguration"))}), "monitoring": obj({"enablePodMonitor": B, "disableDefaultQueries": B}),
    "startDelay": I, "stopDelay": I, "smartShutdownTimeout": I, "switchoverDelay": I, "failoverDelay": I, "logLevel": S, "enablePDB": B,
    "backup": {"type": "object"}, "inheritedMetadata": obj({"labels": smap(), "annotations": smap()}), "priorityClassName": S},
    ["instances"])
D.update(C)
KINDS_CNPG = {"postgresql.cnpg.io/v1/Cluster": kind("postgresql.cnpg.io/v1", "Cluster", {"spec": ref("ClusterSpec")}, ["spec"])}

out = sys.argv[1]
for (dirname, title, key), schema in [((d, t, k), s) for d, t, ks in [("kubernetes-v1.33", "Kubernetes v1.33", KINDS), ("cloudnative-pg-v1.27", "CloudNativePG 1.27", KINDS_CNPG)] for k, s in ks.items()]:
    api, k = key.rsplit("/", 1)
    fname = k.lower() + "-" + api.replace("/", "-").replace(".", "-") + ".json"
    used = {}
    def collect(node):
        if isinstance(node, dict):
            r = node.get("$ref")
            if r and r.startswith("#/$defs/"):
                n = r[len("#/$defs/"):]
                if n not in used:
                    used[n] = D[n]; collect(D[n])
            for v in node.values(): collect(v)
        elif isinstance(node, list):
            for v in node: collect(v)
    collect(schema)
    doc = {"$schema": "https://json-schema.org/draft/2019-09/schema",
           "title": f"{k} ({api}), {title}, strict: unknown fields are rejected"}
    doc.update(schema)
    doc["$defs"] = dict(sorted(used.items()))
    os.makedirs(out + "/" + dirname, exist_ok=True)
    with open(out + "/" + dirname + "/" + fname, "w") as f:
        json.dump(doc, f, indent=1); f.write("\n")
    print(fname)
